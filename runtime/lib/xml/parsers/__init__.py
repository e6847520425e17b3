"""Python interfaces to XML parsers. Taskscope has no expat: xml.parsers.expat holds
only its error class, which xml.dom.minidom raises for a document that is not
well-formed (the reading is done by our own reader, see xml.etree.ElementTree)."""
