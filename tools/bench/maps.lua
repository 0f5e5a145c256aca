-- maps: same work as maps.go (Lua has no O(1) length for hash tables, so the
-- element count is tracked by hand; range = pairs)
local function intMap()
  local n, m = 1000000, 1000003
  local h, len = {}, 0
  for i = 0, n - 1 do
    local k = (i * 7919) % m
    if h[k] == nil then len = len + 1 end
    h[k] = i
  end
  local hits, sum = 0, 0
  for i = 0, 2 * n - 1 do
    local v = h[i]
    if v ~= nil then
      hits = hits + 1
      sum = sum + v
    end
  end
  for i = 0, n - 1, 2 do
    local k = (i * 7919) % m
    if h[k] ~= nil then len = len - 1 end
    h[k] = nil
  end
  local cnt, x = 0, 0
  for k, v in pairs(h) do
    cnt = cnt + 1
    x = x + (k ~ v)
  end
  print(string.format("int: %d %d %d %d %d", len, hits, sum, cnt, x))
end

local function stringMap()
  local n = 200000
  local keys = {}
  for i = 0, n - 1 do keys[i] = "k" .. (i * 31) end
  local h, len = {}, 0
  for i = 0, 5 * n - 1 do
    local k = keys[(i * 7) % n]
    local v = h[k]
    if v == nil then len = len + 1; v = 0 end
    h[k] = v + i
  end
  local hits, sum = 0, 0
  for i = 0, n - 1 do
    local v = h[keys[i]]
    if v ~= nil then
      hits = hits + 1
      sum = sum + v
    end
    if h["x" .. keys[i]] ~= nil then hits = hits + 1000 end
  end
  for i = 0, n - 1, 3 do
    local k = keys[i]
    if h[k] ~= nil then len = len - 1 end
    h[k] = nil
  end
  local cnt, tl, x = 0, 0, 0
  for k, v in pairs(h) do
    cnt = cnt + 1
    tl = tl + #k
    x = x ~ v
  end
  print(string.format("string: %d %d %d %d %d %d", len, hits, sum, cnt, tl, x))
end

intMap()
stringMap()
