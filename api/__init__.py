"""cofoundry's shells: the FastAPI app (:func:`api.app.create_app`) and the ``cofoundry`` CLI."""
