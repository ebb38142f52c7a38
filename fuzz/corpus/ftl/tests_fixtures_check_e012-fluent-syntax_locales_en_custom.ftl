page-title = Our cookies
broken = { $x
