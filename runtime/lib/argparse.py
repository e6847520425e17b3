"""argparse for Taskscope, with CPython 3.11's observable behaviour: the same parsing
(optionals and positionals in any order, nargs, prefixes of long options, grouped
short flags, `--`, subcommands), the same help and usage text (wrapped at 78
columns, as CPython prints when its output is not a terminal) and the same errors:
the usage and "prog: error: ..." on stderr, then SystemExit(2).

A Taskscope program has no command line: sys.argv is [program name], so
parse_args() sees no arguments; pass a list to parse_args to try some. FileType
cannot open files (there is no file system) and says so."""

import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
# A subcommand parks the strings it did not recognise here until the top parser collects them.
_LEFTOVER_KEY = '_unrecognized_args'


def _terminal_width():
    """What CPython's formatter measures: $COLUMNS, else 80 (output is not a tty)."""
    try:
        import os
        return int(os.environ['COLUMNS'])
    except (ImportError, KeyError, ValueError, AttributeError, TypeError):
        return 80


# ---- simple objects ------------------------------------------------------------------

class _AttributeHolder:
    """repr as Name(positional..., key=value...); keys that are not identifiers are
    gathered into one **{...} at the end."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_keys = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append(f'{key}={value!r}')
            else:
                odd_keys[key] = value
        if odd_keys:
            shown.append('**' + repr(odd_keys))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return [(key, value) for key, value in vars(self).items()]

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The attributes parse_args sets."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(other) == vars(self)
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)


def _display_name(action):
    """How errors name an argument: its option strings, else its metavar or dest, else
    its choices; None for no argument at all."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument; str() names it: "argument --x: message"."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a type= function to give its own error message."""


class FileType:
    """type=FileType(...) : '-' means stdin/stdout; a file name cannot be opened in
    Taskscope (no file system)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string != '-':
            raise ArgumentTypeError("can't open '%s': Taskscope programs have no file system"
                                    % string)
        if 'r' in self._mode:
            return _sys.stdin
        if set(self._mode) & set('wax'):
            return _sys.stdout
        raise ValueError('argument "-" with mode %r' % self._mode)

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append(f'{key}={value!r}')
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---- actions -------------------------------------------------------------------------

class Action(_AttributeHolder):
    """One argument: what it is called, how many values it takes and what it does
    with them (__call__)."""

    _REPR_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                    'choices', 'required', 'help', 'metavar')

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest, self.nargs = option_strings, dest, nargs
        self.const, self.default, self.type = const, default, type
        self.choices, self.required = choices, required
        self.help, self.metavar = help, metavar

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._REPR_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        # Every --name gains its --no-name twin right after it.
        spelled = []
        for option in option_strings:
            spelled += [option, '--no-' + option[2:]] if option[:2] == '--' else [option]
        if help is not None and default not in (None, SUPPRESS):
            help = help + " (default: %(default)s)"
        super().__init__(spelled, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _Updating(Action):
    """The built-in actions all replace the destination's value by one computed from
    the old value and the parsed values (_updated)."""

    def __call__(self, parser, namespace, values, option_string=None):
        before = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, self._updated(before, values))


def _list_copy(value):
    """A fresh list to add to, so that a default list is never changed in place."""
    if value is None:
        return []
    if type(value) is list:
        return list(value)
    import copy
    return copy.copy(value)


def _refuse_const_without_optional(nargs, const):
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(_Updating):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        _refuse_const_without_optional(nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def _updated(self, before, values):
        return values


class _StoreConstAction(_Updating):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def _updated(self, before, values):
        return self.const


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(_Updating):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        _refuse_const_without_optional(nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def _updated(self, before, values):
        return self._appended(before, values)

    @staticmethod
    def _appended(before, values):
        grown = _list_copy(before)
        grown.append(values)
        return grown


class _ExtendAction(_AppendAction):
    def _updated(self, before, values):
        grown = _list_copy(before)
        grown.extend(values)
        return grown


class _AppendConstAction(_Updating):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def _updated(self, before, values):
        return _AppendAction._appended(before, self.const)


class _CountAction(_Updating):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def _updated(self, before, values):
        return 1 if before is None else before + 1


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        layout = parser._get_formatter()
        layout.add_text(text)
        parser._print_message(layout.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The subcommand positional: its first value names a parser, which parses the
    rest into the same namespace."""

    class _ChoicesPseudoAction(Action):
        # One line of the subcommand list in the help: the name (and aliases) and help.
        def __init__(self, name, aliases, help):
            label = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__([], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}      # every name and alias -> its parser
        self._choices_actions = []      # the help lines of the subcommands that have help
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            line = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(line)
        made = self._parser_class(**kwargs)
        for key in (name, *aliases):
            taken[key] = made
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, remaining = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        # The subcommand parses into a fresh namespace whose values then win.
        parsed, remaining = sub.parse_known_args(remaining, None)
        for key, value in vars(parsed).items():
            setattr(namespace, key, value)
        if remaining:
            leftovers = vars(namespace).setdefault(_LEFTOVER_KEY, [])
            leftovers.extend(remaining)


# ---- help formatting -----------------------------------------------------------------

class _Block:
    """A titled part of the help (or the whole of it, untitled): the pieces added to it,
    each kept unrendered with the indentation it was added at, because the column where
    help texts start is known only once every argument has been seen."""

    def __init__(self, title, indent, outer):
        self.title, self.indent, self.outer = title, indent, outer
        self.pieces = []    # (indent, render function, its arguments)


class HelpFormatter:
    """Lays out usage, descriptions and the argument lists."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        # The help column never leaves less than 20 columns for the help itself.
        self._max_help_position = min(max_help_position,
                                      max(width - 20, 2 * indent_increment))
        self._current_indent = 0
        self._action_max_length = 0
        self._top = self._block = _Block(None, 0, None)

    # -- gathering --

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def _put(self, render, *args):
        self._block.pieces.append((self._current_indent, render, args))

    def start_section(self, heading):
        block = _Block(heading, self._current_indent, self._block)
        self._block.pieces.append((self._current_indent, self._render_block, (block,)))
        self._block = block
        self._indent()

    def end_section(self):
        self._dedent()
        self._block = self._block.outer

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._put(self._format_text, text)

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._put(self._format_usage, usage, actions, groups, prefix)

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        names = [self._format_action_invocation(action)]
        names += [self._format_action_invocation(sub)
                  for sub in self._iter_indented_subactions(action)]
        widest = max(len(name) for name in names) + self._current_indent
        self._action_max_length = max(self._action_max_length, widest)
        self._put(self._format_action, action)

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering --

    def format_help(self):
        text = self._render_pieces(self._top)
        if not text:
            return text
        # Empty sections and texts leave runs of blank lines: keep one at most.
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        return text.strip('\n') + '\n'

    def _render_pieces(self, block):
        out = []
        for indent, render, args in block.pieces:
            self._current_indent = indent
            piece = render(*args)
            if piece and piece is not SUPPRESS:
                out.append(piece)
        return ''.join(out)

    def _render_block(self, block):
        body = self._render_pieces(block)
        self._current_indent = block.indent
        if not body:
            return ''
        title = block.title
        heading = '' if title is None or title is SUPPRESS else ' ' * block.indent + title + ':\n'
        return '\n' + heading + body + '\n'

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        prog = '%(prog)s' % {'prog': self._prog}
        if usage is not None:
            return prefix + usage % {'prog': self._prog} + '\n\n'
        if not actions:
            return prefix + prog + '\n\n'
        options = [a for a in actions if a.option_strings]
        arguments = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(options + arguments, groups)
        line = prog + ' ' + whole if whole else prog
        room = self._width - self._current_indent
        if len(prefix) + len(line) > room:
            line = '\n'.join(self._usage_lines(
                prog, prefix, room, self._usage_words(options, groups),
                self._usage_words(arguments, groups)))
        return prefix + line + '\n\n'

    def _usage_words(self, actions, groups):
        """The usage of some actions cut where lines may break: a bracketed or
        parenthesised group stays whole."""
        text = self._format_actions_usage(actions, groups)
        return _re.findall(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+', text)

    @staticmethod
    def _fill_words(words, room, indent, first_column=None):
        """Words packed greedily into lines of at most `room` columns, each line after
        the first starting with `indent`; the first line starts at first_column (where
        the usage prefix ends) when given, with no indent of its own."""
        rows = []
        column = len(indent) if first_column is None else first_column
        row = []
        for word in words:
            if row and column + len(word) > room:
                rows.append(row)
                row, column = [], len(indent)
            row.append(word)
            column += len(word) + 1
        if row:
            rows.append(row)
        lines = [indent + ' '.join(row) for row in rows]
        if first_column is not None and lines:
            lines[0] = lines[0][len(indent):]
        return lines

    def _usage_lines(self, prog, prefix, room, option_words, argument_words):
        fill = self._fill_words
        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines line up under the first word after the program name.
            hang = ' ' * (len(prefix) + len(prog) + 1)
            if option_words:
                return (fill([prog] + option_words, room, hang, len(prefix))
                        + fill(argument_words, room, hang))
            if argument_words:
                return fill([prog] + argument_words, room, hang, len(prefix))
            return [prog]
        # A long program name stands alone; the rest is indented by the prefix.
        hang = ' ' * len(prefix)
        lines = fill(option_words + argument_words, room, hang)
        if len(lines) > 1:
            lines = fill(option_words, room, hang) + fill(argument_words, room, hang)
        return [prog] + lines

    def _format_actions_usage(self, actions, groups):
        # Where a mutually exclusive group's actions sit next to each other in
        # `actions`, marks go between them: an opening bracket before the first, '|'
        # between, the closing bracket after the last.
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(members)
            opening, closing = ('(', ')') if group.required else ('[', ']')
            marks[first] = marks[first] + ' ' + opening if first in marks else opening
            marks[last] = marks.get(last, '') + closing
            for spot in range(first + 1, last):
                marks[spot] = '|'

        words = []
        for spot, action in enumerate(actions):
            if action.help is SUPPRESS:
                # A hidden action takes one of its neighbouring bars with it.
                words.append(None)
                for near in (spot, spot + 1):
                    if marks.get(near) == '|':
                        del marks[near]
                        break
                continue
            words.append(self._action_usage(action, action in grouped))
        for spot in sorted(marks, reverse=True):
            words.insert(spot, marks[spot])
        text = ' '.join(word for word in words if word is not None)
        # Tidy the marks: no spaces inside brackets, no empty brackets, and no
        # parentheses around a required group left with one member.
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        text = _re.sub(r'\(([^|]*)\)', r'\1', text)
        return text.strip()

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            shown = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and shown[:1] == '[' and shown[-1:] == ']':
                shown = shown[1:-1]
            return shown
        if action.nargs == 0:
            shown = action.format_usage()
        else:
            value = self._format_args(action, self._get_default_metavar_for_optional(action))
            shown = action.option_strings[0] + ' ' + value
        if action.required or in_group:
            return shown
        return '[' + shown + ']'

    # -- text and argument lists --

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(11, self._width - self._current_indent)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        column = min(self._max_help_position, self._action_max_length + 2)
        room = max(11, self._width - column)
        name_room = column - self._current_indent - 2
        margin = ' ' * self._current_indent
        name = self._format_action_invocation(action)
        out = []
        # The help starts on the name's line when the name fits before the help column.
        starts_beside = bool(action.help) and len(name) <= name_room
        if starts_beside:
            out.append(margin + name.ljust(name_room) + '  ')
        else:
            out.append(margin + name + '\n')
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, room)
                first_pad = '' if starts_beside else ' ' * column
                out.append(first_pad + lines[0] + '\n')
                out.extend(' ' * column + line + '\n' for line in lines[1:])
        elif starts_beside:
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return ''.join(piece for piece in out if piece and piece is not SUPPRESS)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        value = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(option + ' ' + value for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{' + ','.join(str(choice) for choice in action.choices) + '}'
        else:
            name = default_metavar

        def names(count):
            # A tuple metavar names each value itself.
            return name if isinstance(name, tuple) else (name,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            given = names(1)
            return '[%s [%s ...]]' % given if len(given) == 2 else '[%s ...]' % given
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        if not isinstance(nargs, int):
            raise ValueError("invalid nargs value")
        # A tuple of the wrong length makes this raise TypeError, which add_argument
        # reports as a metavar/nargs mismatch.
        return ' '.join(['%s'] * nargs) % names(nargs)

    def _expand_help(self, action):
        values = {'prog': self._prog}
        values.update(vars(action))
        values['prog'] = self._prog
        values = {key: getattr(value, '__name__', value) for key, value in values.items()
                  if value is not SUPPRESS}
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(choice) for choice in values['choices'])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        subs = getattr(action, '_get_subactions', None)
        if subs is None:
            return
        self._indent()
        try:
            yield from subs()
        finally:
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(' '.join(text.split()), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(' '.join(text.split()), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Descriptions and epilogs keep their line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help texts keep their line breaks too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds "(default: ...)" to help texts."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Default metavars are the names of the type functions."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


# ---- containers of arguments ---------------------------------------------------------

_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}

# Strings that read as negative numbers are arguments, unless the parser has options
# that look like them.
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _Shared:
    """The tables a parser and all its argument groups use together."""

    def __init__(self):
        self.registries = {'action': dict(_ACTION_CLASSES), 'type': {None: lambda s: s}}
        self.actions = []
        self.by_option = {}         # option string -> action
        self.defaults = {}          # set_defaults()
        self.mutex_groups = []
        self.numeric_options = False


class _ActionsContainer:
    """What parsers and argument groups share: add_argument and the bookkeeping of
    option strings, defaults and groups."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler,
                 shared=None):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self._shared = _Shared() if shared is None else shared
        self._actions = self._shared.actions
        self._mutually_exclusive_groups = self._shared.mutex_groups
        self._defaults = self._shared.defaults
        self._action_groups = []

    def register(self, registry_name, value, object):
        self._shared.registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._shared.registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        found = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        is_positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if is_positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._get_positional_kwargs(*args, **kwargs)
        else:
            settings = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in settings:
            if settings['dest'] in self._defaults:
                settings['default'] = self._defaults[settings['dest']]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default
        maker = self._pop_action_class(settings)
        if not callable(maker):
            raise ValueError('unknown action "%s"' % (maker,))
        action = maker(**settings)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        # Groups have no formatter; a parser checks that the metavar suits nargs.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        shared = self._shared
        shared.actions.append(action)
        action.container = self
        for option in action.option_strings:
            shared.by_option[option] = action
            if _NEGATIVE_NUMBER.match(option):
                shared.numeric_options = True
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Takes over a parent parser's actions: each goes to this parser's group of
        the same title (made when missing); mutually exclusive groups are copied."""
        titled = {}
        for group in self._action_groups:
            if group.title in titled:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            titled[group.title] = group
        destination = {}
        for theirs in container._action_groups:
            ours = titled.get(theirs.title)
            if ours is None:
                ours = self.add_argument_group(title=theirs.title,
                                               description=theirs.description,
                                               conflict_handler=theirs.conflict_handler)
                titled[theirs.title] = ours
            destination.update(dict.fromkeys(theirs._group_actions, ours))
        for theirs in container._mutually_exclusive_groups:
            ours = self.add_mutually_exclusive_group(required=theirs.required)
            destination.update(dict.fromkeys(theirs._group_actions, ours))
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # A positional may be left out only when it takes '?', or '*' with a default.
        optional = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not optional:
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for option in args:
            if option[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            # Named after the first long option, else the first option.
            longs = [option for option in args if len(option) > 1 and option[1] in chars]
            source = longs[0] if longs else args[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        kwargs.update(dest=dest, option_strings=list(args))
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _check_conflict(self, action):
        by_option = self._shared.by_option
        clashes = [option for option in action.option_strings if option in by_option]
        if not clashes:
            return
        if self.conflict_handler != 'resolve':
            word = 'string' if len(clashes) == 1 else 'strings'
            raise ArgumentError(action, 'conflicting option %s: %s'
                                % (word, ', '.join(clashes)))
        # 'resolve': the older action loses the clashing strings, and goes entirely
        # when none are left.
        for option in clashes:
            older = by_option.pop(option)
            older.option_strings.remove(option)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, shared=container._shared, **kwargs)
        self.title = title
        self._group_actions = []

    def _add_action(self, action):
        super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        # The action belongs to the container's group (for the help) as well as here.
        self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- the parser ----------------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses a list of strings (by default sys.argv[1:]) into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            script = _sys.argv[0] if _sys.argv else ''
            prog = script.rpartition('/')[2] if script else 'taskscope'
        self.prog, self.usage, self.epilog = prog, usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(getattr(parent, '_defaults', {}))

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')
        return [(key, getattr(self, key)) for key in shown]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        # With a title or a description the subcommands get a help section of their
        # own; otherwise they are listed with the positional arguments.
        titled = {'title', 'description'} & set(kwargs)
        if titled:
            section = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                              kwargs.pop('description', None))
        else:
            section = self._positionals
        self._subparsers = section
        if kwargs.get('prog') is None:
            # Subcommands' prog: this parser's usage up to its positionals.
            layout = self._get_formatter()
            layout.add_usage(self.usage, self._get_positional_actions(),
                             self._mutually_exclusive_groups, '')
            kwargs['prog'] = layout.format_help().strip()
        maker = self._pop_action_class(kwargs, 'parsers')
        return section._add_action(maker(option_strings=[], **kwargs))

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: ' + ' '.join(unknown))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults first, where the namespace has no value yet.
        for action in self._actions:
            if (action.dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, unknown = self._parse_known_args(strings, namespace)
        except ArgumentError as problem:
            if not self.exit_on_error:
                raise
            self.error(str(problem))
        unknown.extend(vars(namespace).pop(_LEFTOVER_KEY, []))
        return namespace, unknown

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Walk(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        for string in arg_strings:
            if string and string[0] in self.fromfile_prefix_chars:
                self.error("[Errno 2] No such file or directory: %r" % string[1:])
        return arg_strings

    def _match_argument(self, action, pattern):
        """How many of the strings described by `pattern` (see _Walk) an option takes."""
        found = _re.match(self._nargs_pattern(action), pattern)
        if found is not None:
            return len(found.group(1))
        nargs = action.nargs
        known = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}
        if nargs in known:
            raise ArgumentError(action, known[nargs])
        raise ArgumentError(action, 'expected %s argument%s'
                            % (nargs, '' if nargs == 1 else 's'))

    def _match_arguments_partial(self, actions, pattern):
        """How many strings each of the leading positionals takes: as many positionals
        as can be satisfied at once, each as greedy as the later ones allow."""
        for count in range(len(actions), 0, -1):
            together = ''.join(self._nargs_pattern(action) for action in actions[:count])
            found = _re.match(together, pattern)
            if found:
                return [len(taken) for taken in found.groups()]
        return []

    def _nargs_pattern(self, action):
        """A regular expression with one group over the kinds of strings (A argument,
        O option, - the '--' marker) that the action takes. Positionals also swallow
        '--' markers around and between their values; options never see them."""
        nargs = action.nargs
        if nargs == REMAINDER:
            return '([-AO]*)' if not action.option_strings else '([AO]*)'
        if nargs == PARSER:
            body = 'A[-AO]*'
        elif nargs is None:
            body = 'A'
        elif nargs == OPTIONAL:
            body = 'A?'
        elif nargs == ZERO_OR_MORE:
            body = '[A-]*'
        elif nargs == ONE_OR_MORE:
            body = 'A[A-]*'
        elif nargs == SUPPRESS:
            body = '-*'
        else:
            body = '-*'.join('A' * nargs)
        if action.option_strings:
            return '(' + body.replace('-*', '').replace('-', '') + ')'
        if nargs == PARSER:
            return '(-*' + body + ')'
        return '(-*' + body + '-*)'

    def _parse_optional(self, arg_string):
        """(action, option string, explicit value) when arg_string is an option
        (action None when unknown), None when it is an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        by_option = self._shared.by_option
        if arg_string in by_option:
            return by_option[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        option, equals, value = arg_string.partition('=')
        if equals and option in by_option:
            return by_option[option], option, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join(name for _, name, _ in candidates)))
        if candidates:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(arg_string) and not self._shared.numeric_options:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options a string may abbreviate (long) or start with (short)."""
        chars = self.prefix_chars
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        by_option = self._shared.by_option
        if option_string[1] in chars:
            if not self.allow_abbrev:
                return []
            start, equals, value = option_string.partition('=')
            value = value if equals else None
            return [(by_option[name], name, value) for name in by_option
                    if name.startswith(start)]
        # -xVALUE is -x with VALUE; -xy may also start a longer single-dash option.
        head, tail = option_string[:2], option_string[2:]
        found = []
        for name in by_option:
            if name == head:
                found.append((by_option[name], name, tail))
            elif name.startswith(option_string):
                found.append((by_option[name], name, None))
        return found

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, string) for string in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (type_name, arg_string))

    def _check_value(self, action, value):
        if action.choices is None or value in action.choices:
            return
        listed = ', '.join(repr(choice) for choice in action.choices)
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- help and errors --

    def format_usage(self):
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return layout.format_help()

    def format_help(self):
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        layout.add_text(self.description)
        for group in self._action_groups:
            layout.start_section(group.title)
            layout.add_text(group.description)
            layout.add_arguments(group._group_actions)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (_sys.stderr if file is None else file).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def parse_intermixed_args(self, args=None, namespace=None):
        return self.parse_args(args, namespace)

    def parse_known_intermixed_args(self, args=None, namespace=None):
        return self.parse_known_args(args, namespace)


class _Walk:
    """One parse: walks the strings left to right, alternating between runs of
    positional values and options with their values.

    Each string is first given a kind, one letter in `kinds`: 'O' an option, 'A' an
    argument, '-' the '--' that makes everything after it an argument. How many strings
    an action takes is found by matching a regular expression over these letters."""

    def __init__(self, parser, strings, namespace):
        self.parser, self.strings, self.namespace = parser, strings, namespace
        self.options_at = {}            # index -> (action, option string, explicit value)
        letters = []
        after_marker = False
        for index, string in enumerate(strings):
            if after_marker:
                letters.append('A')
            elif string == '--':
                letters.append('-')
                after_marker = True
            else:
                found = parser._parse_optional(string)
                if found is None:
                    letters.append('A')
                else:
                    self.options_at[index] = found
                    letters.append('O')
        self.kinds = ''.join(letters)
        self.waiting = parser._get_positional_actions()   # positionals not yet filled
        self.used = set()               # actions that took strings (or none) at all
        self.changed = set()            # ... with a value other than their default
        self.unknown = []
        # Each action in a mutually exclusive group excludes the group's others.
        self.excludes = {}
        for group in parser._mutually_exclusive_groups:
            for action in group._group_actions:
                others = [other for other in group._group_actions if other is not action]
                self.excludes.setdefault(action, []).extend(others)

    def run(self):
        at = 0
        option_spots = sorted(self.options_at)
        while option_spots and at <= option_spots[-1]:
            next_option = min(spot for spot in option_spots if spot >= at)
            if at != next_option:
                after = self.fill_positionals(at)
                moved = after > at
                at = after
                if moved:
                    continue
            if at not in self.options_at:
                # Strings no positional wanted, before the next option.
                self.unknown.extend(self.strings[at:next_option])
                at = next_option
            at = self.take_option(at)
        at = self.fill_positionals(at)
        self.unknown.extend(self.strings[at:])
        self.finish()
        return self.namespace, self.unknown

    def apply(self, action, strings, option_string=None):
        parser = self.parser
        self.used.add(action)
        value = parser._get_values(action, strings)
        if value is not action.default:
            self.changed.add(action)
            for other in self.excludes.get(action, ()):
                if other in self.changed:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _display_name(other))
        if value is not SUPPRESS:
            action(parser, self.namespace, value, option_string)

    def take_option(self, at):
        """Handles the option at `at` (with the short flags grouped with it) and
        returns the index after the strings it took."""
        parser = self.parser
        action, option_string, explicit = self.options_at[at]
        if action is None:
            self.unknown.append(self.strings[at])
            return at + 1
        # Everything is checked before any action runs.
        ready = []
        while explicit is not None:
            takes = parser._match_argument(action, 'A')
            if takes == 1:
                ready.append((action, [explicit], option_string))
                break
            grouped_flag = (takes == 0 and option_string[1] not in parser.prefix_chars
                            and explicit != '')
            if not grouped_flag:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            # -xyz where -x takes no value: y is the next short option.
            ready.append((action, [], option_string))
            option_string = option_string[0] + explicit[0]
            following = parser._shared.by_option.get(option_string)
            if following is None:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            action, explicit = following, explicit[1:] or None
        stop = at + 1
        if explicit is None:
            stop += parser._match_argument(action, self.kinds[at + 1:])
            ready.append((action, self.strings[at + 1:stop], option_string))
        for action, strings, option_string in ready:
            self.apply(action, strings, option_string)
        return stop

    def fill_positionals(self, at):
        counts = self.parser._match_arguments_partial(self.waiting, self.kinds[at:])
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.strings[at:at + count])
            at += count
        del self.waiting[:len(counts)]
        return at

    def finish(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.used:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and getattr(namespace, action.dest) is action.default):
                # A string default goes through type= like a given value would.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not self.changed.intersection(group._group_actions):
                names = [_display_name(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
