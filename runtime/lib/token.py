"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'token' (Taskscope does not ship token or tokenize: its parser is written in C)", name="token")
