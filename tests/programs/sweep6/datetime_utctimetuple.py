from datetime import *
print(datetime(2024,1,1,5,tzinfo=timezone(timedelta(hours=2))).utctimetuple())
print(datetime(2024,12,31,23,30,tzinfo=timezone(timedelta(hours=-1))).utctimetuple(), datetime(2024,3,1).utctimetuple())
