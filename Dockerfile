# The Telegram bot with its knowledge base baked in; subscriptions and caches on a volume.
#
#   docker build -t japan-diplomacy-bot .
#   docker run -d --name japan-diplomacy-bot --restart unless-stopped \
#       --env-file .env -v japan-diplomacy-bot-data:/data japan-diplomacy-bot
#
# The token comes from the environment at run time (`--env-file`, compose `env_file`), never from
# the image: `.dockerignore` keeps `.env` out of the build context.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, so that editing the knowledge base rebuilds only the layers below.
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .

COPY knowledge ./knowledge
COPY seeds ./seeds

ENV KNOWLEDGE_DIR=/app/knowledge \
    SEEDS_DIR=/app/seeds \
    DATA_DIR=/data

# A broken knowledge base fails the build, with the list of problems, instead of the container.
RUN DATA_DIR=/tmp/kb-check python -m bot kb check && rm -rf /tmp/kb-check

# An unprivileged user owns only the data directory; the code and knowledge base stay read-only.
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin bot \
    && mkdir -p /data \
    && chown bot:bot /data
USER bot
VOLUME ["/data"]

# Webhook mode listens here (WEBHOOK_URL set); long polling (the default) needs no port.
EXPOSE 8443

# Long polling has no port to probe: a settings or knowledge base problem ends the process with a
# message instead, and the restart policy brings it back after a crash.
HEALTHCHECK NONE

# SIGTERM (docker stop) ends the bot cleanly: python-telegram-bot stops polling and the job queue.
CMD ["python", "-m", "bot", "run"]
