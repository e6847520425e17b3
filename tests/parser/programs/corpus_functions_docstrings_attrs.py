def documented(x):
    """Return x doubled."""
    return 2 * x
print(documented.__doc__, documented.__name__, documented.__qualname__)
class K:
    def method(self):
        """A method."""
    class Inner:
        def deep(self):
            pass
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.method.__doc__)
documented.custom = "attr"
print(documented.custom, callable(documented), callable(3))
