# Workload 1, cold start: the harness times import/load of the engine up to this output.
print("hi")
