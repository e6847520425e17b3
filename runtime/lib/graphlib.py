"""Topological sorting of a dependency graph, as CPython 3.11's graphlib:
TopologicalSorter(graph).static_order() gives every node after its predecessors;
prepare(), get_ready() and done() hand out the nodes whose predecessors are finished,
for processing them in parallel (asyncio workers). A cycle raises
CycleError(message, cycle) at prepare()."""

__all__ = ["TopologicalSorter", "CycleError"]

_EXHAUSTED = object()


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle, as a list
    of nodes whose first and last items are the same node."""


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        # For every node, in the order first mentioned: the nodes waiting on it
        # (one entry per edge, duplicates included) and how many of its own
        # predecessors are not done yet.
        self._followers = {}
        self._unmet = {}
        # Nodes handed out by get_ready(), mapped to whether done() has been called.
        self._handed_out = {}
        self._finished = 0
        self._ready = None      # a list once prepare() has run
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _know(self, node):
        if node not in self._followers:
            self._followers[node] = []
            self._unmet[node] = 0

    def add(self, node, *predecessors):
        """Adds node, with predecessors that must come before it."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._unmet[node] += len(predecessors)
        for before in predecessors:
            self._know(before)
            self._followers[before].append(node)

    def prepare(self):
        """Ends the graph: computes the first ready nodes and checks for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, count in self._unmet.items() if count == 0]
        # The ready list stays usable after a CycleError: the acyclic part can still
        # be processed.
        cycle = self._some_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done (and not yet returned)."""
        self._require_prepared()
        batch = tuple(self._ready)
        self._ready.clear()
        for node in batch:
            self._handed_out[node] = False
        return batch

    def is_active(self):
        """True while nodes are ready or handed out and not yet done."""
        self._require_prepared()
        return bool(self._ready) or self._finished < len(self._handed_out)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (returned by get_ready) as processed, readying their successors."""
        self._require_prepared()
        for node in nodes:
            if node not in self._unmet:
                raise ValueError(f"node {node!r} was not added using add()")
            if node not in self._handed_out:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if self._handed_out[node]:
                raise ValueError(f"node {node!r} was already marked done")
            self._handed_out[node] = True
            self._finished += 1
            for follower in self._followers[node]:
                self._unmet[follower] -= 1
                if self._unmet[follower] == 0:
                    self._ready.append(follower)

    def _some_cycle(self):
        """The first cycle a depth-first walk meets (from each node in the order they
        were first mentioned, along edges in the order added), as a list starting and
        ending with the same node; None if the graph is acyclic."""
        explored = set()
        for root in self._followers:
            if root in explored:
                continue
            explored.add(root)
            path = [root]
            depth_of = {root: 0}
            branches = [iter(self._followers[root])]
            while branches:
                step = next(branches[-1], _EXHAUSTED)
                if step is _EXHAUSTED:
                    del depth_of[path.pop()]
                    branches.pop()
                elif step in depth_of:
                    return path[depth_of[step]:] + [step]
                elif step not in explored:
                    explored.add(step)
                    depth_of[step] = len(path)
                    path.append(step)
                    branches.append(iter(self._followers[step]))
        return None

    def static_order(self):
        """Every node, each after its predecessors (prepare() is called)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)
