try:
    x
except: