namespace ModuleGen.Core.Plans;

/// <summary>Holds bricks and their dependencies as a graph: edges run from a brick to the bricks it depends on.
/// Finds cycles (one path per strongly connected knot) and orders bricks dependencies-first, ties by plan order.</summary>
public sealed class DependencyGraph
{
    private readonly IReadOnlyList<IReadOnlyList<int>> _dependencies;

    /// <summary>Creates a graph of <paramref name="dependencies"/>[i] = the indices brick i depends on.</summary>
    public DependencyGraph(IReadOnlyList<IReadOnlyList<int>> dependencies)
    {
        _dependencies = dependencies;
    }

    public int Count => _dependencies.Count;

    /// <summary>Returns the bricks dependencies-first; among bricks that are ready together, the earlier in the plan
    /// comes first. Returns null when the graph has a cycle.</summary>
    public IReadOnlyList<int>? TopologicalOrder()
    {
        var remaining = new int[Count];
        var dependents = Enumerable.Range(0, Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < Count; i++)
        {
            foreach (var dependency in _dependencies[i].Distinct())
            {
                remaining[i]++;
                dependents[dependency].Add(i);
            }
        }

        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < Count; i++)
        {
            if (remaining[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var order = new List<int>(Count);
        while (ready.TryDequeue(out var next, out _))
        {
            order.Add(next);
            foreach (var dependent in dependents[next])
            {
                if (--remaining[dependent] == 0)
                {
                    ready.Enqueue(dependent, dependent);
                }
            }
        }

        return order.Count == Count ? order : null;
    }

    /// <summary>Returns one cycle per knot of mutually dependent bricks, each as a path that starts and ends at the
    /// knot's earliest brick (a → b → a); a brick that depends on itself is the path a → a.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Cycles()
    {
        var cycles = new List<IReadOnlyList<int>>();
        foreach (var component in new StronglyConnected(_dependencies).Components())
        {
            var start = component.Min();
            if (component.Count > 1 || _dependencies[start].Contains(start))
            {
                cycles.Add(ShortestCycle(start, component.ToHashSet()));
            }
        }

        return cycles.OrderBy(c => c[0]).ToArray();
    }

    private List<int> ShortestCycle(int start, HashSet<int> members)
    {
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in _dependencies[node].Where(members.Contains).Order())
            {
                if (next == start)
                {
                    var path = new List<int> { start };
                    for (var at = node; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start, start];
    }

    /// <summary>Finds strongly connected components (Tarjan); recursion depth is bounded by the brick limit.</summary>
    private sealed class StronglyConnected(IReadOnlyList<IReadOnlyList<int>> edges)
    {
        private readonly int[] _index = Enumerable.Repeat(-1, edges.Count).ToArray();
        private readonly int[] _low = new int[edges.Count];
        private readonly bool[] _onStack = new bool[edges.Count];
        private readonly Stack<int> _stack = new();
        private readonly List<List<int>> _components = [];
        private int _next;

        public IReadOnlyList<List<int>> Components()
        {
            for (var i = 0; i < edges.Count; i++)
            {
                if (_index[i] < 0)
                {
                    Visit(i);
                }
            }

            return _components;
        }

        private void Visit(int node)
        {
            _index[node] = _low[node] = _next++;
            _stack.Push(node);
            _onStack[node] = true;
            foreach (var next in edges[node])
            {
                if (_index[next] < 0)
                {
                    Visit(next);
                    _low[node] = Math.Min(_low[node], _low[next]);
                }
                else if (_onStack[next])
                {
                    _low[node] = Math.Min(_low[node], _index[next]);
                }
            }

            if (_low[node] == _index[node])
            {
                var component = new List<int>();
                int member;
                do
                {
                    member = _stack.Pop();
                    _onStack[member] = false;
                    component.Add(member);
                }
                while (member != node);
                _components.Add(component);
            }
        }
    }
}
