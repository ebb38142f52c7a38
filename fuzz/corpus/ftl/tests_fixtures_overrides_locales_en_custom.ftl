# Overrides one built-in English message by id.
page-title = Our use of cookies
