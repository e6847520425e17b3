"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'gzip' (Taskscope ships no deflate: zlib has the checksums only)", name="gzip")
