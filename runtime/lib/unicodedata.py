"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'unicodedata' (Taskscope does not ship the Unicode database; str methods such as isalpha, upper and casefold work)", name="unicodedata")
