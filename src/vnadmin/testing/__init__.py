"""Test helpers for users of vnadmin: Hypothesis strategies for every model type.

:mod:`vnadmin.testing.strategies` needs Hypothesis (the ``test`` extra); importing this
package alone does not. vnadmin also registers a Hypothesis plugin, so
``st.from_type(vnadmin.Document)`` works wherever vnadmin is installed.
"""

__all__ = ["strategies"]
