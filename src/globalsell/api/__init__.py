"""HTTP edge: FastAPI app, dependencies, error mapping, routers."""
