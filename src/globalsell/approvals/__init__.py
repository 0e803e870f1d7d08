"""Change requests: proposals that change nothing until a seller approves them. Imports no
domain; domains register appliers at start-up (see `globalsell.bootstrap`)."""
