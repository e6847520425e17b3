"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'urllib.response' (Taskscope runs in a sandbox without network access; urllib.parse is available)", name="urllib.response")
