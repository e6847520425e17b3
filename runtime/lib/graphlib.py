"""Topological sorting of a dependency graph: TopologicalSorter(graph).static_order()
gives every node after its predecessors; prepare/get_ready/done hand out the nodes
whose predecessors are finished, for processing them in parallel (asyncio workers).
A cycle raises CycleError(message, cycle) at prepare()."""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1   # handed out by get_ready(), not yet done()
_NODE_DONE = -2  # marked done()


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done, or _NODE_OUT / _NODE_DONE once handed out.
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle, as a list
    of nodes whose first and last items are the same node."""
    pass


class TopologicalSorter:

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, with predecessors that must come before it."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Ends the graph: computes the first ready nodes and checks for cycles."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done (and not yet returned)."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while nodes are ready or handed out and not yet done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (returned by get_ready) as processed, readying their successors."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = n2i[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first over successors from each node in insertion order; meeting a
        # node that is on the current path closes a cycle.
        n2i = self._node2info
        path = []
        iterators = []
        seen = set()
        position = {}
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    iterators.append(iter(n2i[node].successors))
                    position[node] = len(path)
                    path.append(node)
                # Go back up to the deepest node that has another successor.
                while path:
                    nxt = next(iterators[-1], _NODE_INFO_END)
                    if nxt is not _NODE_INFO_END:
                        node = nxt
                        break
                    del position[path.pop()]
                    iterators.pop()
                else:
                    break
        return None

    def static_order(self):
        """Every node, each after its predecessors (prepare() is called)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)


_NODE_INFO_END = object()
