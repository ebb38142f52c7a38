page-title = Cookies
