from notes import create_app

app = create_app()

if __name__ == "__main__":
    # reachable from the docker-compose healthcheck container
    app.run(host="0.0.0.0", port=5000, debug=True)
