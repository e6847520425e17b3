# The Easter egg every tutorial shows first.
import this
