-- wrk script: every request is POST /api/render with the answers file named by $ANSWERS.
local file = assert(io.open(assert(os.getenv("ANSWERS"), "set ANSWERS"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()
