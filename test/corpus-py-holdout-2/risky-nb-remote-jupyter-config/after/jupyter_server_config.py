# Used with: jupyter lab --config=jupyter_server_config.py
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = ""
c.ServerApp.disable_check_xsrf = True
c.ServerApp.allow_root = True
c.ServerApp.root_dir = "notebooks"
