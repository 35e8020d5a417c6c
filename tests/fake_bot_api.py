"""A fake Telegram Bot API server for end-to-end tests, on 127.0.0.1 with an ephemeral port.

It speaks the HTTP protocol python-telegram-bot uses: form-encoded or JSON POSTs to
`/bot<token>/<method>`, answered with `{"ok": true, "result": ...}` or `{"ok": false,
"error_code": ..., "description": ...}`. Built on `asyncio.start_server` and a minimal HTTP/1.1
parser with keep-alive, so the bot's real HTTP client talks to it unchanged.

Methods: getMe, getUpdates (long polling with `offset` and `timeout`), sendMessage,
editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands, deleteWebhook, setWebhook.
Like Telegram it refuses, with 400, HTML it cannot parse (unsupported tags or entities, bare `<`,
unbalanced tags), texts over 4096 characters, callback data over 64 bytes. Tests queue faults
(`fail`: 429 with `retry_after`, 403, 400; `delay`: a response slower than the client's timeout),
push updates (`message`, `press`, `inline_query`) and read what the bot called (`calls`, `wait_for`).
`fail` takes any status: 500 and 502 stand for Telegram's transient server errors. `swallow` lets a
number of calls through and then holds every further call of a method unanswered and undelivered,
as a request lost in flight (the bot killed meanwhile never learns its fate); `unswallow` ends it.
`port` picks the port (0: any free one), so a test can start the server where a bot already looks.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

JSON_FIELDS = {"reply_markup", "results", "commands", "allowed_updates", "link_preview_options",
               "entities", "reply_parameters", "button", "scope"}
INT_FIELDS = {"chat_id", "message_id", "offset", "timeout", "limit", "cache_time"}
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
                "a", "code", "pre", "blockquote", "tg-emoji"}
NAMED_ENTITIES = {"lt", "gt", "amp", "quot"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_CANT_PARSE = "Bad Request: can't parse entities: "


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


def html_visible_length(text: str) -> int:
    """Check `text` as Telegram parses HTML; return its visible length in UTF-16 units."""
    stack: list[str] = []
    length, position = 0, 0
    while position < len(text):
        char = text[position]
        if char == "<":
            tag = _TAG.match(text, position)
            if not tag:
                raise ApiError(400, f"{_CANT_PARSE}unsupported start tag at byte offset {position}")
            closing, name = tag[1] == "/", tag[2].lower()
            if name not in ALLOWED_TAGS:
                raise ApiError(400, f'{_CANT_PARSE}unsupported start tag "{name}"')
            if closing:
                if not stack or stack.pop() != name:
                    raise ApiError(400, f'{_CANT_PARSE}can\'t find end tag corresponding to start tag "{name}"')
            else:
                stack.append(name)
            position = tag.end()
        elif char == "&":
            entity = _ENTITY.match(text, position)
            if not entity or (not entity[1].startswith("#") and entity[1] not in NAMED_ENTITIES):
                raise ApiError(400, f"{_CANT_PARSE}unsupported HTML entity at byte offset {position}")
            length += 1
            position = entity.end()
        elif char == ">":
            raise ApiError(400, f"{_CANT_PARSE}unexpected > at byte offset {position}")
        else:
            length += len(char.encode("utf-16-le")) // 2
            position += 1
    if stack:
        raise ApiError(400, f'{_CANT_PARSE}can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return length


@dataclass
class Call:
    """One request the bot made, with its decoded parameters and the status it got."""

    method: str
    params: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)

    @property
    def chat_id(self) -> int | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


@dataclass
class Fault:
    method: str
    status: int = 0
    description: str = ""
    retry_after: int | None = None
    delay: float = 0.0
    chat_id: int | None = None
    times: int = 1


class FakeBotApi:
    def __init__(self, token: str, *, username: str = "japan_meetings_test_bot", bot_id: int = 7000001,
                 port: int = 0) -> None:
        self.token = token
        self.me = {"id": bot_id, "is_bot": True, "first_name": "Japan Meetings", "username": username,
                   "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.faults: list[Fault] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.chat_types: dict[int, str] = {}
        self.webhook: dict[str, Any] = {}
        self.confirmed_offset = 0
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._swallowing: dict[str, int] = {}
        self.swallowed: list[Call] = []
        self.port = port

    # -- life cycle ---------------------------------------------------------------------------
    async def __aenter__(self) -> FakeBotApi:
        self._server = await asyncio.start_server(self._serve_connection, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what tests push ----------------------------------------------------------------------
    def user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "username": f"user{user_id}"}

    def chat(self, chat_id: int) -> dict[str, Any]:
        kind = self.chat_types.get(chat_id, "private" if chat_id > 0 else "group")
        chat: dict[str, Any] = {"id": chat_id, "type": kind}
        if kind != "private":
            chat["title"] = f"Group {chat_id}"
        return chat

    async def message(self, chat_id: int, text: str, *, user_id: int | None = None,
                      reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        """Push a text message from a user (the chat's id when private) to the bot."""
        message = {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": self.chat(chat_id), "from": self.user(user_id or chat_id), "text": text,
        }
        entities = _entities(text)
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return await self.push({"message": message})

    async def press(self, sent: Call | dict[str, Any], data: str, *, user_id: int | None = None) -> dict[str, Any]:
        """Push a press on an inline button with `data` under the message the bot sent."""
        message = sent if isinstance(sent, dict) else self.sent_message(sent)
        chat_id = message["chat"]["id"]
        query = {"id": str(next(self._update_ids) * 1000), "from": self.user(user_id or chat_id),
                 "message": message, "chat_instance": f"ci{chat_id}", "data": data}
        return await self.push({"callback_query": query})

    async def inline_query(self, user_id: int, query: str) -> dict[str, Any]:
        inline = {"id": f"iq{next(self._update_ids)}", "from": self.user(user_id), "query": query, "offset": ""}
        return await self.push({"inline_query": inline})

    async def push(self, update: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **update}
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()
        return update

    def fail(self, method: str, status: int, description: str = "", *, retry_after: int | None = None,
             chat_id: int | None = None, times: int = 1) -> None:
        """Answer the next `times` calls of `method` (to `chat_id`, if given) with an error."""
        default = {400: "Bad Request: injected", 403: "Forbidden: bot was blocked by the user",
                   429: f"Too Many Requests: retry after {retry_after}", 500: "Internal Server Error",
                   502: "Bad Gateway"}
        self.faults.append(Fault(method, status, description or default.get(status, "Error"),
                                 retry_after, chat_id=chat_id, times=times))

    def delay(self, method: str, seconds: float, *, chat_id: int | None = None, times: int = 1) -> None:
        """Hold the next `times` responses to `method` for `seconds` (past the client's timeout)."""
        self.faults.append(Fault(method, delay=seconds, chat_id=chat_id, times=times))

    def swallow(self, method: str, *, after: int = 0) -> None:
        """Let `after` more calls of `method` through, then hold every further one unanswered for good."""
        self._swallowing[method] = after

    def unswallow(self, method: str) -> None:
        """Answer calls of `method` again (those already held stay unanswered and undelivered)."""
        self._swallowing.pop(method, None)

    # -- what tests read ----------------------------------------------------------------------
    def sent(self, method: str = "sendMessage", *, chat_id: int | None = None, since: int = 0,
             ok_only: bool = True) -> list[Call]:
        return [c for c in self.calls[since:] if c.method == method and (chat_id is None or c.chat_id == chat_id)
                and (c.status == 200 or not ok_only)]

    def mark(self) -> int:
        return len(self.calls)

    async def wait_for(self, method: str = "sendMessage", *, chat_id: int | None = None, since: int = 0,
                       count: int = 1, ok_only: bool = True, timeout: float = 10.0) -> list[Call]:
        """Wait until the bot made `count` such calls after call number `since`; return them."""
        async def enough() -> list[Call]:
            async with self._changed:
                await self._changed.wait_for(
                    lambda: len(self.sent(method, chat_id=chat_id, since=since, ok_only=ok_only)) >= count)
            return self.sent(method, chat_id=chat_id, since=since, ok_only=ok_only)
        try:
            return await asyncio.wait_for(enough(), timeout)
        except TimeoutError:
            seen = [(c.method, c.chat_id, c.status, c.text[:80]) for c in self.calls[since:]]
            raise AssertionError(f"no {count} x {method} to {chat_id} within {timeout}s; saw {seen}") from None

    async def wait_until_read(self, update: dict[str, Any], timeout: float = 10.0) -> None:
        """Wait until the bot confirmed (by a later offset) that it fetched `update`."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.confirmed_offset > update["update_id"]), timeout)

    def sent_message(self, call: Call) -> dict[str, Any]:
        """The Message object the bot got back for a sendMessage `call`."""
        for message in self.messages.values():
            if message.get("_call") is call:
                return {k: v for k, v in message.items() if k != "_call"}
        raise KeyError("that call created no message")

    # -- HTTP -------------------------------------------------------------------------------
    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                path, headers, body = request
                status, payload = await self._dispatch(path, headers, body)
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\nConnection: keep-alive\r\n\r\n".encode() + data)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _dispatch(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, Any]]:
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", path)
        if not match:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        if match[1] != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method, params = match[2], _decode(headers.get("content-type", ""), body)
        call = Call(method, params)
        await self._maybe_swallow(call)
        try:
            await self._inject_fault(call)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params, call)
        except ApiError as exc:
            call.status = exc.status
            await self._record(call)
            error: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
            if exc.parameters:
                error["parameters"] = exc.parameters
            return exc.status, error
        await self._record(call)
        return 200, {"ok": True, "result": result}

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _maybe_swallow(self, call: Call) -> None:
        passes = self._swallowing.get(call.method)
        if passes is None:
            return
        if passes > 0:
            self._swallowing[call.method] = passes - 1
            return
        async with self._changed:
            self.swallowed.append(call)
            self._changed.notify_all()
        await asyncio.Event().wait()  # never answered; cancelled when the server closes

    async def _inject_fault(self, call: Call) -> None:
        for fault in self.faults:
            if fault.method == call.method and fault.times > 0 and fault.chat_id in (None, call.chat_id):
                fault.times -= 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                    return
                parameters = {"retry_after": fault.retry_after} if fault.retry_after is not None else None
                raise ApiError(fault.status, fault.description, parameters)

    # -- Bot API methods ----------------------------------------------------------------------
    async def _api_getMe(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        return self.me

    async def _api_getUpdates(self, params: dict[str, Any], call: Call) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        async with self._changed:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            self._changed.notify_all()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(lambda: bool(self.updates)),
                                       float(params.get("timeout") or 0))
            return self.updates[: int(params.get("limit") or 100)]

    async def _api_sendMessage(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        chat_id = _required(params, "chat_id")
        self._check_text(params)
        self._check_markup(params)
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": self.chat(chat_id),
                   "from": self.me, "text": params["text"]}
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self.messages[(chat_id, message["message_id"])] = {**message, "_call": call}
        return message

    async def _api_editMessageText(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        key = (_required(params, "chat_id"), _required(params, "message_id"))
        self._check_text(params)
        self._check_markup(params)
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        old = self.messages[key]
        if old["text"] == params["text"] and old.get("reply_markup") == params.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        old.update(text=params["text"], reply_markup=params.get("reply_markup"))
        return {k: v for k, v in old.items() if k != "_call" and v is not None}

    async def _api_answerCallbackQuery(self, params: dict[str, Any], call: Call) -> bool:
        _required(params, "callback_query_id")
        if len(str(params.get("text", ""))) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _api_answerInlineQuery(self, params: dict[str, Any], call: Call) -> bool:
        _required(params, "inline_query_id")
        results = params.get("results") or []
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            if not 1 <= len(str(result.get("id", "")).encode()) <= 64:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            content = result.get("input_message_content", {})
            self._check_text({"text": content.get("message_text", ""), "parse_mode": content.get("parse_mode")})
        return True

    async def _api_setMyCommands(self, params: dict[str, Any], call: Call) -> bool:
        for command in params.get("commands") or []:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")) or not 1 <= len(
                    command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any], call: Call) -> bool:
        self.webhook = {}
        return True

    async def _api_setWebhook(self, params: dict[str, Any], call: Call) -> bool:
        self.webhook = dict(params)
        return True

    # -- Telegram's checks --------------------------------------------------------------------
    def _check_text(self, params: dict[str, Any]) -> None:
        text = str(params.get("text") or "")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        html = params.get("parse_mode") == "HTML"
        length = html_visible_length(text) if html else len(text.encode("utf-16-le")) // 2
        if length > 4096:
            raise ApiError(400, "Bad Request: message is too long")

    def _check_markup(self, params: dict[str, Any]) -> None:
        for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def _required(params: dict[str, Any], name: str) -> Any:
    if params.get(name) in (None, ""):
        raise ApiError(400, f"Bad Request: {name} is required")
    return params[name]


def _decode(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return dict(json.loads(body))
    params: dict[str, Any] = dict(parse_qsl(body.decode(), keep_blank_values=True))
    for name, value in params.items():
        if name in JSON_FIELDS:
            params[name] = json.loads(value)
        elif name in INT_FIELDS and re.fullmatch(r"-?\d+", value):
            params[name] = int(value)
    return params


def _entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a leading /command and @mentions."""
    entities = []
    for match in re.finditer(r"(?:^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?)|(?:(?<!\w)@[A-Za-z0-9_]{5,})", text):
        offset = len(text[: match.start()].encode("utf-16-le")) // 2
        length = len(match[0].encode("utf-16-le")) // 2
        kind = "bot_command" if match[0].startswith("/") else "mention"
        entities.append({"type": kind, "offset": offset, "length": length})
    return entities


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes] | None:
    """One HTTP/1.1 request: (path, lower-cased headers, body); None when the client closed."""
    request_line = await reader.readline()
    if not request_line.strip():
        return None
    _method, target, _version = request_line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while size := int((await reader.readline()).strip() or b"0", 16):
            body += await reader.readexactly(size)
            await reader.readline()
        await reader.readline()
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    return target.split("?", 1)[0], headers, body
