-- sieve: same work as sieve.go (array part of a table pre-filled with false)
local n = 20000000
local composite = {}
for i = 1, n do composite[i] = false end -- index i stands for number i-1
local count = 0
for i = 2, n - 1 do
  if not composite[i + 1] then
    count = count + 1
    for j = i * i, n - 1, i do
      composite[j + 1] = true
    end
  end
end
print(count)
