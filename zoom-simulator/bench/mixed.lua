-- A Dialtone-like mix over 50 seeded phone users: user reads, phone reads, email checks, PATCHes, plan lists.
local counter = 0
local json_headers = nil

request = function()
  counter = counter + 1
  local email = "bench" .. (counter % 50 + 1) .. "@corp.example"
  local kind = counter % 5
  if kind == 0 then
    return wrk.format("GET", "/v2/users/" .. email)
  elseif kind == 1 then
    return wrk.format("GET", "/v2/phone/users/" .. email)
  elseif kind == 2 then
    return wrk.format("GET", "/v2/users/email?email=" .. email)
  elseif kind == 3 then
    if json_headers == nil then
      json_headers = {}
      for k, v in pairs(wrk.headers) do json_headers[k] = v end
      json_headers["Content-Type"] = "application/json"
    end
    return wrk.format("PATCH", "/v2/users/" .. email, json_headers, '{"dept":"Bench"}')
  else
    return wrk.format("GET", "/v2/phone/calling_plans")
  end
end
