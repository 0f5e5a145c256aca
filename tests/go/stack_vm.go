package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Opcode byte

const (
	PUSH Opcode = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	LOAD
	STORE
	LT
)

var names = [...]string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT", "LOAD", "STORE", "LT"}

func (o Opcode) String() string { return names[o] }

type Instr struct {
	Op  Opcode
	Arg int
}

type VM struct {
	code   []Instr
	stack  []int
	vars   [8]int
	pc     int
	steps  int
	output []string
}

var ErrStackUnderflow = errors.New("stack underflow")

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("pc %d: %w", vm.pc, e)
				return
			}
			panic(r)
		}
	}()
	for vm.pc < len(vm.code) {
		if vm.steps >= limit {
			return fmt.Errorf("step limit %d reached", limit)
		}
		vm.steps++
		in := vm.code[vm.pc]
		vm.pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV, LT:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				vm.push(a / b)
			case LT:
				if a < b {
					vm.push(1)
				} else {
					vm.push(0)
				}
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case JMP:
			vm.pc = in.Arg
		case PRINT:
			vm.output = append(vm.output, strconv.Itoa(vm.pop()))
		case LOAD:
			vm.push(vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad opcode %d", in.Op)
		}
	}
	return nil
}

func assemble(src string) []Instr {
	var code []Instr
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		for i, n := range names {
			if n == f[0] {
				in := Instr{Op: Opcode(i)}
				if len(f) > 1 {
					in.Arg, _ = strconv.Atoi(f[1])
				}
				code = append(code, in)
			}
		}
	}
	return code
}

func main() {
	// factorial of 10 using variables 0 (n) and 1 (acc)
	fact := assemble(`
PUSH 10
STORE 0
PUSH 1
STORE 1
LOAD 0
JZ 14
LOAD 1
LOAD 0
MUL
STORE 1
LOAD 0
PUSH 1
SUB
STORE 0
JMP 4
LOAD 1
PRINT
HALT`)
	fact[5].Arg = 15
	vm := &VM{code: fact}
	err := vm.Run(1000)
	fmt.Println(vm.output, err, vm.steps, vm.vars[:2])
	fmt.Println(fact[:4])

	// count down printing values below 5
	loop := assemble(`
PUSH 7
DUP
PRINT
PUSH 1
SUB
DUP
JZ 8
JMP 1
HALT`)
	vm2 := &VM{code: loop}
	fmt.Println(vm2.Run(100), strings.Join(vm2.output, ","))

	bad := &VM{code: []Instr{{PUSH, 1}, {ADD, 0}}}
	err = bad.Run(10)
	fmt.Println(err, errors.Is(err, ErrStackUnderflow))
	inf := &VM{code: []Instr{{JMP, 0}}}
	fmt.Println(inf.Run(50), inf.steps)
	div := &VM{code: []Instr{{PUSH, 1}, {PUSH, 0}, {DIV, 0}}}
	fmt.Println(div.Run(10))
	fmt.Println(Opcode(3), Instr{SWAP, 2})
}
