page-title = Unsere Cookies
