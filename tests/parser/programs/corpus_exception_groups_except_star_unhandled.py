try:
    raise ExceptionGroup("batch", [ValueError("handled"), OSError("not handled")])
except* ValueError:
    print("handled the ValueError part")
