def ():
.   return ), *rest
