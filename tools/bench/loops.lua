-- loops: same work as loops.go (Lua integers wrap around like Go's int64)
local sum = 0
for i = 0, 999 do
  for j = 0, 999 do
    local x = i ~ j
    for k = 0, 199 do
      sum = sum * 31 + (x ~ k) + ((sum >> 7) & 0xffff)
    end
  end
end
print(sum)
