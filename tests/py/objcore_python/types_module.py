import types
n = types.SimpleNamespace(a=1, b='x'); print(n, repr(n), n.a, n == types.SimpleNamespace(a=1, b='x'), vars(n))
n.c = [1]; del n.a; print(n)
class S(types.SimpleNamespace): pass
print(S(z=1), types.SimpleNamespace())
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: hash(n)
except TypeError as e: print(e)
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.MappingProxyType, types.GeneratorType, types.CoroutineType, types.NoneType, types.SimpleNamespace, types.GenericAlias, types.UnionType, types.CodeType, types.TracebackType, types.MemberDescriptorType, types.GetSetDescriptorType, types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType, types.EllipsisType, types.NotImplementedType, types.AsyncGeneratorType, types.LambdaType, types.BuiltinMethodType, types.CellType)
n2 = types.SimpleNamespace(); n2.x = types.SimpleNamespace(y=2); print(n2)
def f(): pass
class A:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
m = types.ModuleType("mymod"); m.x = 3; print(m, m.x, m.__name__)
print(types.MappingProxyType({"a": 1}), types.MappingProxyType({"a": 1})["a"])
bm = types.MethodType(lambda self: 42, A()); print(bm())
