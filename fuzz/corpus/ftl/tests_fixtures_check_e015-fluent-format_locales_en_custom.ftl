cookies-used-heading = Cookies on { $site }
