"""The partnership network drawn as an SVG picture by the server, with the same links as text.

Organisations sit on a circle, ordered so that organisations linked to each
other sit side by side (a breadth-first walk from the best-connected one);
partnerships are curves bowed towards the centre, styled by kind so that the
kind does not depend on colour alone. No JavaScript and no third-party code.
"""

import math
from collections import defaultdict, deque
from dataclasses import dataclass, field

WIDTH = 960
HEIGHT = 760
RADIUS = 270
LABEL_GAP = 14


@dataclass
class Node:
    page: object
    label: str
    x: float = 0.0
    y: float = 0.0
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"
    degree: int = 0


@dataclass
class Edge:
    source: Node
    target: Node
    kind: str
    label: str
    period: str
    description: str
    path: str = ""


@dataclass
class Network:
    nodes: list = field(default_factory=list)
    edges: list = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def kinds(self):
        """The partnership kinds present, in a stable order, for the legend."""
        seen = {}
        for edge in self.edges:
            seen.setdefault(edge.kind, edge.label)
        return sorted(seen.items())


def build_network(organisations, partnerships):
    """Lay out ``organisations`` (pages of one language) and the ``partnerships`` between them.

    Partnerships are matched to organisations by ``translation_key``, so rows
    recorded in another language still connect this language's pages.
    Partnerships with an end outside ``organisations`` are left out.
    """
    nodes = {page.translation_key: Node(page=page, label=page.acronym or page.title) for page in organisations}
    edges = []
    for row in partnerships:
        source = nodes.get(row.organisation.translation_key)
        target = nodes.get(row.partner.translation_key)
        if source is None or target is None or source is target:
            continue
        source.degree += 1
        target.degree += 1
        edges.append(
            Edge(
                source=source,
                target=target,
                kind=row.kind,
                label=str(row.get_kind_display()),
                period=str(row.period),
                description=row.description,
            )
        )
    ordered = _circle_order(list(nodes.values()), edges)
    _place(ordered)
    for edge in edges:
        edge.path = _curve(edge.source, edge.target)
    edges.sort(key=lambda edge: (edge.source.label.casefold(), edge.target.label.casefold()))
    return Network(nodes=ordered, edges=edges)


def _circle_order(nodes, edges):
    neighbours = defaultdict(list)
    for edge in edges:
        neighbours[id(edge.source)].append(edge.target)
        neighbours[id(edge.target)].append(edge.source)
    by_rank = sorted(nodes, key=lambda node: (-node.degree, node.label.casefold()))
    ordered, seen = [], set()
    for start in by_rank:
        if id(start) in seen:
            continue
        queue = deque([start])
        seen.add(id(start))
        while queue:
            node = queue.popleft()
            ordered.append(node)
            for other in sorted(neighbours[id(node)], key=lambda item: (-item.degree, item.label.casefold())):
                if id(other) not in seen:
                    seen.add(id(other))
                    queue.append(other)
    return ordered


def _place(nodes):
    centre_x, centre_y = WIDTH / 2, HEIGHT / 2
    count = max(len(nodes), 1)
    for index, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * index / count
        cos, sin = math.cos(angle), math.sin(angle)
        node.x = round(centre_x + RADIUS * cos, 1)
        node.y = round(centre_y + RADIUS * sin, 1)
        node.label_x = round(centre_x + (RADIUS + LABEL_GAP) * cos, 1)
        node.label_y = round(centre_y + (RADIUS + LABEL_GAP) * sin + 4, 1)
        if abs(cos) < 0.2:
            node.anchor = "middle"
            node.label_y = round(node.label_y + (10 if sin > 0 else -6), 1)
        else:
            node.anchor = "start" if cos > 0 else "end"


def _curve(source, target):
    """A quadratic curve between two nodes, its control point pulled half-way towards the centre."""
    centre_x, centre_y = WIDTH / 2, HEIGHT / 2
    middle_x, middle_y = (source.x + target.x) / 2, (source.y + target.y) / 2
    control_x = round(middle_x + (centre_x - middle_x) * 0.5, 1)
    control_y = round(middle_y + (centre_y - middle_y) * 0.5, 1)
    return f"M{source.x} {source.y} Q{control_x} {control_y} {target.x} {target.y}"
