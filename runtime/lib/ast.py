"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'ast' (Taskscope does not ship ast: its parser is written in C and builds no Python syntax trees)", name="ast")
