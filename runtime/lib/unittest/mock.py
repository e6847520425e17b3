"""unittest.mock for Taskscope: Mock, MagicMock, AsyncMock, NonCallableMock,
patch (as decorator, context manager, start/stop; patch.object, patch.dict), call,
ANY, sentinel and DEFAULT, with CPython 3.11's recording (call_args, call_args_list,
method_calls, mock_calls), side_effect and return_value rules and assertion
messages, and mock_open (a stand-in for open: patch builtins.open with it to test
code that reads or writes files, which Taskscope programs otherwise cannot). Not
offered: create_autospec/autospec, seal, patch.multiple."""

import sys

__all__ = ('Mock', 'MagicMock', 'AsyncMock', 'NonCallableMock', 'NonCallableMagicMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'FILTER_DIR', 'mock_open',
           'PropertyMock', 'create_autospec')

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME: a unique object per name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


# ---- call objects --------------------------------------------------------------------

def _call_parts(value, name=''):
    """(name, args, kwargs) of a call given in any of the shapes mock accepts:
    (name, args, kwargs), or any of name, args (a tuple) and kwargs in that order
    with the others left out (a leading non-string pair is (args, kwargs)). None
    for more than three items."""
    items = tuple(value)
    if len(items) > 3:
        return None
    if len(items) == 3:
        return items
    if len(items) == 2 and not isinstance(items[0], str):
        return name, items[0], items[1]
    args, kwargs = (), {}
    for position, item in enumerate(items):
        if position == 0 and isinstance(item, str):
            name = item
        elif isinstance(item, tuple):
            args = item
        else:
            kwargs = item
    return name, args, kwargs


def _call_label(name):
    """How a recorded call's name reads in its repr: call(...), call.name(...) or,
    for a call of a call's result, call()...(...)."""
    if not name:
        return 'call'
    return ('call' if name.startswith('()') else 'call.') + name


class _Call(tuple):
    """A recorded (or expected) call: (args, kwargs) or (name, args, kwargs). `call`
    builds them: call(1, x=2), call.method(3), call().chained()."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        parts = _call_parts(value, name) or (name, (), {})
        return tuple.__new__(cls, parts[1:] if two else parts)

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        # The name and parent of the `call...` expression that built this one.
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        return ('',) + tuple(self) if len(self) == 2 else tuple(self)

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        mine, theirs = getattr(self, '_mock_parent', None), getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False
        other_parts = _call_parts(other)
        if other_parts is None:
            return False
        name, args, kwargs = self._parts()
        if name and other_parts[0] != name:
            return False
        # The other call's values on the left: ANY among them then decides.
        return other_parts[1:] == (args, kwargs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    # Equal calls need not hash alike (ANY equals anything): unhashable, as in CPython.
    __hash__ = None

    def __call__(self, *args, **kwargs):
        own = self._mock_name
        if own is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((own, args, kwargs), name=own + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        own = self._mock_name
        if own is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{own}.{attr}', parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    # tuple's own methods would hide call.count(...) and call.index(...).
    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def __repr__(self):
        if self._mock_from_kall:
            name, args, kwargs = self._parts()
            return _format_call_signature(_call_label(name), args, kwargs)
        # An attribute of `call` not called yet: call.method, call().method.
        label = self._mock_name or 'call'
        return 'call' + label if label.startswith('()') else label

    def call_list(self):
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(chain[::-1])


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if isinstance(value, list):
            width = len(value)
            return any(self[start:start + width] == value
                       for start in range(len(self) - width + 1))
        return list.__contains__(self, value)

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# ---- mocks ---------------------------------------------------------------------------

_MOCK_STATE = ('_mock_return_value', '_mock_side_effect', '_mock_parent', '_mock_name',
               '_mock_new_name', '_mock_new_parent', '_mock_children', '_mock_wraps',
               '_mock_methods', '_spec_class', '_mock_magics', 'called', 'call_count',
               'call_args', 'call_args_list', 'mock_calls', 'method_calls', '_mock_unsafe',
               'await_count', 'await_args', 'await_args_list', '_spec_asyncs')


class NonCallableMock:
    """A mock that cannot be called: attributes are made (as child mocks) on first
    access and remembered."""

    def __new__(cls, /, *args, **kw):
        # A class per mock, so that magic methods set on one mock stay its own.
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_magics'] = {}
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_mock_unsafe'] = unsafe
        d['_spec_asyncs'] = []
        if spec_set is not None:
            spec = spec_set
        self._mock_add_spec(spec)
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_spec_set'] = spec_set is not None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec):
        d = self.__dict__
        spec_class = None
        methods = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
            import inspect
            for attr in methods:
                try:
                    if inspect.iscoroutinefunction(getattr(spec, attr, None)):
                        d['_spec_asyncs'].append(attr)
                except Exception:
                    pass
        elif spec is not None:
            methods = list(spec)
        d['_spec_class'] = spec_class
        d['_mock_methods'] = methods

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec)
        self.__dict__['_mock_spec_set'] = spec_set

    @property
    def __class__(self):
        spec = self.__dict__.get('_spec_class')
        return type(self) if spec is None else spec

    def attach_mock(self, mock, attribute):
        d = mock.__dict__
        d['_mock_parent'] = None
        d['_mock_new_parent'] = None
        d['_mock_name'] = ''
        d['_mock_new_name'] = None
        setattr(self, attribute, mock)
        d['_mock_parent'] = self
        d['_mock_new_parent'] = self
        d['_mock_name'] = attribute
        d['_mock_new_name'] = attribute

    def configure_mock(self, **kwargs):
        for key, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, last = key.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    # -- return_value and side_effect --

    def _get_return_value(self):
        value = self.__dict__['_mock_return_value']
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = value
        return value

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = _Iterating(iter(value))
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    # -- attributes --

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        d = self.__dict__
        if '_mock_children' not in d:
            raise AttributeError(name)
        methods = d['_mock_methods']
        if methods is not None:
            if name not in methods or name in _ALL_MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not d['_mock_unsafe'] and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) or \
                    name in ('called_once', 'called_with', 'has_calls', 'not_called'):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock if "
                    f"{name!r} is meant to be an attribute.")
        children = d['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if d['_mock_wraps'] is not None:
                wraps = getattr(d['_mock_wraps'], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _MOCK_STATE or name in ('return_value', 'side_effect', '_mock_spec_set'):
            return object.__setattr__(self, name, value)
        if (d.get('_mock_spec_set') and d.get('_mock_methods') is not None
                and name not in d['_mock_methods'] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _ALL_MAGICS:
            if not isinstance(self, MagicMixin):
                setattr(type(self), name, _MagicProxy(name))
            self._mock_magics_set(name, value)
            return None
        if _adopt(self, value, name, name):
            d['_mock_children'][name] = value
            return None
        if name in d.get('_mock_children', {}):
            d['_mock_children'][name] = value
            return None
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in d.get('_mock_children', {}) or name not in d:
            children = d['_mock_children']
            if children.get(name) is _deleted:
                raise AttributeError(name)
            children[name] = _deleted
            return None
        return object.__delattr__(self, name)

    def _mock_magics_set(self, name, value):
        if isinstance(value, NonCallableMock):
            # Its calls show in mock_calls (not in method_calls), as in CPython.
            _adopt(self, value, None, name)
        elif callable(value):
            function = value

            def bound(*args, **kwargs):
                return function(self, *args, **kwargs)
            value = bound
        self.__dict__['_mock_magics'][name] = value

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        children = [m for m, v in self._mock_children.items() if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_')]
        return sorted(set(extras + from_type + from_dict + children))

    # -- names and repr --

    def _extract_mock_name(self):
        """The dotted path from the root mock: "mock.foo().bar" (the root is called
        by its name, or "mock")."""
        parts = [self._mock_new_name]
        parent = self._mock_new_parent
        root = self
        dot = '' if self._mock_new_name == '()' else '.'
        while parent is not None:
            root = parent
            parts.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        parts.reverse()
        first = root._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            first += '.'
        parts[0] = first
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    # -- recording and assertions --

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        value = d['_mock_return_value']
        if isinstance(value, NonCallableMock) and value is not self:
            value.reset_mock(visited)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    # The assertions raise with the statements CPython's use (`raise
    # AssertionError(msg)`...): mock's frames show in a failing test's traceback,
    # source line included.

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_called_once(self):
        if self.call_count != 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s'
                             % (expected, 'not called.'))
            raise AssertionError(error_message)

        def _error_message():
            return self._format_mock_failure_message(args, kwargs)
        cause = None
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError(_error_message()) from cause

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        recorded = self.await_args if action == 'await' else self.call_args
        actual = self._format_mock_call_signature(*recorded)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        cause = None
        recorded = _CallList(self.mock_calls)
        if not any_order:
            if expected not in recorded:
                problem = 'Calls not found.'
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}'
                ) from cause
            return
        remaining = list(recorded)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(missing), remaining)
            ) from cause

    def assert_any_call(self, /, *args, **kwargs):
        cause = None
        if _Call((args, kwargs), two=True) not in list(self.call_args_list):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                '%s call not found' % expected_string
            ) from cause

    def _get_child_mock(self, /, **kw):
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        kind = type(self)
        if issubclass(kind, MagicMock) and new_name in _ASYNC_MAGICS:
            return AsyncMock(**kw)
        if issubclass(kind, AsyncMock):
            if new_name in _ALL_MAGICS or (self._mock_methods and new_name in self._mock_methods):
                return MagicMock(**kw)
            return AsyncMock(**kw)
        if not issubclass(kind, CallableMixin):
            if issubclass(kind, NonCallableMagicMock):
                return MagicMock(**kw)
            return Mock(**kw)
        # Each mock has a class of its own (see __new__): children get the class
        # that one was made from.
        return kind.__mro__[1](**kw)


def _adopt(parent, value, name, new_name):
    """Makes a mock assigned as an attribute or return value a child of parent
    (so its calls are recorded there too), unless it is named or placed already, or
    parent is (a child of) it."""
    if not isinstance(value, NonCallableMock):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value.__dict__['_mock_new_parent'] = parent
        value.__dict__['_mock_new_name'] = new_name
    if name:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_name'] = name
    return True


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                               and issubclass(obj, BaseException))


class _Iterating:
    """side_effect given as an iterable: each call takes the next item."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __iter__(self):
        return self.iterator

    def __next__(self):
        return next(self.iterator)


class CallableMixin:
    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        recorded = _Call((args, kwargs), two=True)
        d['call_args'] = recorded
        d['call_args_list'].append(recorded)
        # The call is also recorded by each parent, named by the path from it:
        # attribute steps are dotted, return-value steps are "()".
        record_methods = self._mock_parent is not None
        method_name = self._mock_name
        call_name = self._mock_new_name
        is_call = call_name == '()'
        d['mock_calls'].append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if record_methods:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                record_methods = parent._mock_parent is not None
                if record_methods:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_call else '.'
                is_call = parent._mock_new_name == '()'
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _Iterating):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded; what a call returns is return_value
    (a child mock unless set) or what side_effect says."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, unsafe=False, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                                 parent=parent, _new_name=_new_name, _new_parent=_new_parent,
                                 unsafe=unsafe)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect
        if kwargs:
            self.configure_mock(**kwargs)


# ---- magic methods -------------------------------------------------------------------

_MAGIC_NAMES = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc "
    "floor ceil bool next fspath aiter "
    "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow "
    "radd rsub rmul rmatmul rtruediv rfloordiv rmod rlshift rrshift rand rxor ror rpow "
    "iadd isub imul imatmul itruediv ifloordiv imod ilshift irshift iand ixor ior ipow")
# (Sets built from tuples: a set display of constants becomes a frozenset constant,
# which our frozen-module serializer cannot yet read back in the same order.)
_ALL_MAGICS = set('__%s__' % n for n in _MAGIC_NAMES.split()) | set((
    '__aenter__', '__aexit__', '__anext__', '__reversed__', '__missing__', '__format__',
    '__get__', '__set__', '__delete__', '__dir__'))
_ASYNC_MAGICS = set(('__aenter__', '__aexit__', '__anext__'))
_SUPPORTED = _ALL_MAGICS - set(('__get__', '__set__', '__delete__', '__dir__', '__format__',
                                '__missing__'))


def _default_magic(mock, name):
    """What a MagicMock's magic method returns until configured."""
    fixed = {'__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
             '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
             '__exit__': False, '__complex__': complex(0, 1), '__float__': 1.0, '__bool__': True,
             '__index__': 1, '__aexit__': False}
    if name in fixed:
        return fixed[name]
    if name == '__hash__':
        return _Value(object.__hash__(mock))
    if name == '__str__':
        return _Value(object.__str__(mock))
    if name == '__sizeof__':
        return _Value(object.__sizeof__(mock))
    if name == '__eq__':
        def eq(other):
            value = mock.__dict__['_mock_magics']['__eq__']._mock_return_value
            return value if value is not DEFAULT else mock is other
        return eq
    if name == '__ne__':
        def ne(other):
            value = mock.__dict__['_mock_magics']['__ne__']._mock_return_value
            return value if value is not DEFAULT else mock is not other
        return ne
    if name == '__iter__':
        def it():
            value = mock.__dict__['_mock_magics']['__iter__']._mock_return_value
            return iter([]) if value is DEFAULT else iter(value)
        return it
    if name == '__aiter__':
        def ait():
            value = mock.__dict__['_mock_magics']['__aiter__']._mock_return_value
            return _AsyncIterator(iter([]) if value is DEFAULT else iter(value))
        return ait
    return DEFAULT


class _Value:
    """A default return value computed when the magic method is first used."""

    def __init__(self, value):
        self.value = value


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class _MagicProxy:
    """A magic method of a mock class: looks up (or makes) the instance's own mock
    for it, so that len(m) calls m.__len__ and m.__len__.return_value = 3 works."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        magics = obj.__dict__['_mock_magics']
        found = magics.get(self.name)
        if found is None:
            found = obj._get_child_mock(name=self.name, parent=obj, _new_name=self.name,
                                        _new_parent=obj)
            default = _default_magic(obj, self.name)
            if isinstance(default, _Value):
                found.__dict__['_mock_return_value'] = default.value
            elif callable(default) and not isinstance(default, NonCallableMock) \
                    and default not in (NotImplemented,):
                found.side_effect = default
            elif default is not DEFAULT:
                found.__dict__['_mock_return_value'] = default
            magics[self.name] = found
        return found

    def __set__(self, obj, value):
        obj._mock_magics_set(self.name, value)


class MagicMixin:
    pass


for _name in _SUPPORTED:
    setattr(MagicMixin, _name, _MagicProxy(_name))
del _name


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len, iter, with, comparisons, arithmetic...)
    preconfigured, as in CPython: len(m) == 0, list(m) == [], bool(m) is True..."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls it with
    no arguments, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---- async ---------------------------------------------------------------------------

class AsyncMock(MagicMixin, Mock):
    """A mock whose calls return awaitables: the result (return_value/side_effect)
    comes when awaited; await_count, await_args and the assert_awaited* methods
    follow the awaits."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._awaited_call(args, kwargs)

    async def _awaited_call(self, args, kwargs):
        d = self.__dict__
        recorded = _Call((args, kwargs), two=True)
        d['await_count'] += 1
        d['await_args'] = recorded
        d['await_args_list'].append(recorded)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _Iterating):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            else:
                import inspect
                result = effect(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            import inspect
            result = self._mock_wraps(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            msg = f"Expected {self._mock_name or 'mock'} to have been awaited."
            raise AssertionError(msg)

    def _awaits_text(self, expectation):
        return (f"Expected {self._mock_name or 'mock'} to {expectation}. "
                f"Awaited {self.await_count} times.")

    # The `raise` lines below read as CPython's: a failing test's traceback shows them.
    def assert_awaited_once(self):
        if self.await_count != 1:
            msg = self._awaits_text('have been awaited once')
            raise AssertionError(msg)

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')

        def _error_message():
            return self._format_mock_failure_message(args, kwargs, action='await')
        cause = None
        if self.await_args != _Call((args, kwargs), two=True):
            raise AssertionError(_error_message()) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if self.await_count != 1:
            msg = self._awaits_text('have been awaited once')
            raise AssertionError(msg)
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        cause = None
        if _Call((args, kwargs), two=True) not in list(self.await_args_list):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                '%s await not found' % expected_string
            ) from cause

    def assert_not_awaited(self):
        if self.await_count:
            msg = self._awaits_text('not have been awaited')
            raise AssertionError(msg)

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


# ---- patch ---------------------------------------------------------------------------

def _import_target(dotted):
    parts = dotted.split('.')
    path = parts.pop(0)
    __import__(path)
    thing = sys.modules[path]
    for part in parts:
        path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(path)
            thing = sys.modules[path]
    return thing


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _import_target(owner)), attribute


class _patch:
    """One patch: replaces an attribute while active (with: / decorator / start)."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if autospec not in (None, False):
            _no_autospec()
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.has_local = False
        self.attribute_name = None

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        import inspect
        patcher = self
        if inspect.iscoroutinefunction(func):
            async def patched(*args, **kwargs):
                with patcher.copy() as new:
                    if patcher.new is DEFAULT:
                        args = args + (new,)
                    return await func(*args, **kwargs)
        else:
            def patched(*args, **kwargs):
                with patcher.copy() as new:
                    if patcher.new is DEFAULT:
                        args = args + (new,)
                    return func(*args, **kwargs)
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(patched, attr, getattr(func, attr))
            except AttributeError:
                pass
        patched.__wrapped__ = func
        return patched

    def _decorate_class(self, cls):
        for name in dir(cls):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(cls, name)
            if callable(value):
                setattr(cls, name, self.copy()(value))
        return cls

    def _original(self):
        target = self.target
        try:
            original = target.__dict__[self.attribute]
            local = True
        except (AttributeError, KeyError):
            original = getattr(target, self.attribute, DEFAULT)
            local = False
        if original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (target, self.attribute))
        return original, local

    def __enter__(self):
        self.target = self.getter()
        original, local = self._original()
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable
            if factory is None:
                import inspect
                factory = AsyncMock if (original is not DEFAULT and
                                        inspect.iscoroutinefunction(original)) else MagicMock
            options = dict(self.kwargs)
            if self.spec is not None:
                options['spec'] = original if self.spec is True else self.spec
            if self.spec_set is not None:
                options['spec_set'] = original if self.spec_set is True else self.spec_set
            new = factory(**options)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_active_patches = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replaces the object named by target ("module.attribute") while active."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


def _no_autospec():
    raise NotImplementedError("autospec is not available in Taskscope's unittest.mock: "
                              "use spec=... (attribute names are checked, not signatures)")


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """Not available here: raises NotImplementedError saying so."""
    _no_autospec()


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _patch_dict:
    """patch.dict: sets keys of a dictionary (optionally clearing it first) while
    active, then restores its old contents."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX) and callable(getattr(f, name)):
                    setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(getattr(f, name)))
            return f
        import inspect
        patcher = self
        if inspect.iscoroutinefunction(f):
            async def patched(*args, **kwargs):
                with patcher:
                    return await f(*args, **kwargs)
        else:
            def patched(*args, **kwargs):
                with patcher:
                    return f(*args, **kwargs)
        patched.__name__ = getattr(f, '__name__', 'patched')
        patched.__wrapped__ = f
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_target(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        self._original = None
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _stop_all():
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'


# ---- mock_open -----------------------------------------------------------------------

# The attributes a file handle has (CPython's TextIOWrapper and BytesIO together).
_FILE_SPEC = [
    '_CHUNK_SIZE', '__class__', '__del__', '__delattr__', '__dict__', '__dir__', '__doc__',
    '__enter__', '__eq__', '__exit__', '__format__', '__ge__', '__getattribute__',
    '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__',
    '__le__', '__lt__', '__ne__', '__new__', '__next__', '__reduce__', '__reduce_ex__',
    '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__', '__subclasshook__',
    '_checkClosed', '_checkReadable', '_checkSeekable', '_checkWritable', '_finalizing',
    'buffer', 'close', 'closed', 'detach', 'encoding', 'errors', 'fileno', 'flush',
    'getbuffer', 'getvalue', 'isatty', 'line_buffering', 'name', 'newlines', 'read',
    'read1', 'readable', 'readinto', 'readinto1', 'readline', 'readlines', 'reconfigure',
    'seek', 'seekable', 'tell', 'truncate', 'writable', 'write', 'write_through',
    'writelines']


class _OpenedData:
    """The data behind a mock_open: read_data as a fresh stream at every open(),
    read through the handle's read, readline, readlines, iteration and next. A
    return_value the test sets on read, readline or readlines wins over the data."""

    def __init__(self, handle, read_data):
        self.handle = handle
        self.read_data = read_data
        self.reopen()

    def reopen(self):
        import io
        data = self.read_data
        self.stream = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)

    def _set_by_test(self, method):
        return getattr(self.handle, method).return_value

    def read(self, *args, **kwargs):
        chosen = self._set_by_test('read')
        return self.stream.read(*args, **kwargs) if chosen is None else chosen

    def readlines(self, *args, **kwargs):
        chosen = self._set_by_test('readlines')
        return self.stream.readlines(*args, **kwargs) if chosen is None else chosen

    def next_line(self):
        chosen = self._set_by_test('readline')
        return next(self.stream) if chosen is None else chosen

    def iterate(self):
        # Looked at when iteration starts: a readline return_value means endless lines.
        if self._set_by_test('readline') is not None:
            while True:
                yield self._set_by_test('readline')
        # Not `yield from`: closing this generator must not close the stream.
        for line in self.stream:
            yield line

    def line_reader(self):
        """readline's side effect: the lines, then '' (or b'') for ever."""
        yield from self.iterate()
        while True:
            yield self.stream.readline()


def mock_open(mock=None, read_data=''):
    """A mock to replace open(): each call returns a handle whose read, readline,
    readlines and iteration give read_data (from the start again at each open), and
    whose write calls are recorded."""
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_FILE_SPEC)
    data = _OpenedData(handle, read_data)
    handle.__enter__.return_value = handle
    # None stands for "not set by the test" (see _OpenedData).
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None

    def fresh_line_reader():
        handle.readline.side_effect = data.line_reader()
        # What the mock keeps (it may wrap the generator), to recognise it later.
        return handle.readline.side_effect

    handle.read.side_effect = data.read
    current = [fresh_line_reader()]
    handle.readlines.side_effect = data.readlines
    handle.__iter__.side_effect = data.iterate
    handle.__next__.side_effect = data.next_line

    def reopen(*args, **kwargs):
        data.reopen()
        # A readline side effect the test put in place stays.
        if handle.readline.side_effect is current[0]:
            current[0] = fresh_line_reader()
        return DEFAULT

    mock.side_effect = reopen
    mock.return_value = handle
    return mock
