# asyncio's stream errors: messages, fields, pickling and copying, and the class tree.
import asyncio
import copy
import pickle

error = asyncio.IncompleteReadError(b'ab', 5)
print(str(error), repr(error), error.partial, error.expected, error.args)
again = pickle.loads(pickle.dumps(error))
print(type(again).__name__, str(again), again.partial, again.expected)
error = asyncio.IncompleteReadError(b'', None)
print(str(error), copy.copy(error).expected, copy.copy(error).partial)
overrun = asyncio.LimitOverrunError('too long', 7)
print(str(overrun), repr(overrun), overrun.consumed)
again = pickle.loads(pickle.dumps(overrun))
print(str(again), again.consumed, again.args)
print([c.__name__ for c in asyncio.IncompleteReadError.__mro__])
print([c.__name__ for c in asyncio.LimitOverrunError.__mro__])
print([c.__name__ for c in asyncio.BrokenBarrierError.__mro__])
print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.InvalidStateError, Exception), asyncio.SendfileNotAvailableError.__bases__)
print(sorted(asyncio.exceptions.__all__))
