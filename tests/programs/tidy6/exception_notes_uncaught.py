# An uncaught exception prints its notes after its line (the last stderr line is a note).
e = RuntimeError('boom')
e.add_note('first note')
e.add_note('second')
raise e
