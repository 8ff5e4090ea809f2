"""The engines run a per-document function with identical, ordered results."""
from functools import partial

import pytest

from helpers import engine


def square_plus(x: int, offset: int) -> int:
    return x * x + offset


def test_local_map_keeps_order_and_shows_no_bar_on_short_loops(capsys):
    assert engine.local_map(partial(square_plus, offset=1), [3, 1, 2]) == [10, 2, 5]
    assert capsys.readouterr().err == ""


def test_dask_map_on_a_local_cluster_equals_the_local_map():
    items = list(range(300))
    run = engine.mapper("dask", "")
    assert run(partial(square_plus, offset=2), items) == engine.local_map(partial(square_plus, offset=2), items)
    assert run(partial(square_plus, offset=2), []) == []


def test_unknown_engine_is_an_input_error():
    with pytest.raises(engine.InputError):
        engine.mapper("ray")
