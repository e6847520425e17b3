"""XML support. Taskscope ships xml.etree.ElementTree (our own implementation,
with its own XML reader: there is no expat here)."""
