"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'zoneinfo' (Taskscope has no time zone database; datetime.timezone gives fixed UTC offsets)", name="zoneinfo")
