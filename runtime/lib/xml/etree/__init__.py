"""The ElementTree XML API: see xml.etree.ElementTree."""
