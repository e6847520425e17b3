"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'profile' (Taskscope has no profiler: the interpreter has no profile hook; the timeline shows where tasks spend their time)", name="profile")
