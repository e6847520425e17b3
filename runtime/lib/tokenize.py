"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'tokenize' (Taskscope does not ship tokenize: its parser is written in C)", name="tokenize")
