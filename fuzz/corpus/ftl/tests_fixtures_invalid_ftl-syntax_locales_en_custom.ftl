page-title = Our cookies
intro = { $broken
