package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type AccountError struct {
	ID  string
	Op  string
	Err error
}

func (e *AccountError) Error() string { return fmt.Sprintf("%s %s: %v", e.Op, e.ID, e.Err) }
func (e *AccountError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Owner   string
	balance int64
	frozen  bool
	history []string
}

func (a *Account) Deposit(amount int64) error {
	if amount <= 0 {
		return &AccountError{a.ID, "deposit", fmt.Errorf("invalid amount %d", amount)}
	}
	if a.frozen {
		return &AccountError{a.ID, "deposit", ErrFrozen}
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (a *Account) Withdraw(amount int64) error {
	if a.frozen {
		return &AccountError{a.ID, "withdraw", ErrFrozen}
	}
	if amount > a.balance {
		return &AccountError{a.ID, "withdraw", fmt.Errorf("%w: need %d, have %d", ErrInsufficient, amount, a.balance)}
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	return nil
}

func (a Account) Balance() int64 { return a.balance }

func (a Account) String() string {
	return fmt.Sprintf("%s(%s): %d.%02d", a.ID, a.Owner, a.balance/100, a.balance%100)
}

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id, owner string, initial int64) (*Account, error) {
	if _, exists := b.accounts[id]; exists {
		return nil, fmt.Errorf("open %s: already exists", id)
	}
	acc := &Account{ID: id, Owner: owner}
	b.accounts[id] = acc
	if initial > 0 {
		if err := acc.Deposit(initial); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func (b *Bank) Transfer(from, to string, amount int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.log = append(b.log, fmt.Sprintf("transfer %s->%s %d %s", from, to, amount, status))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: no account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	if err := dst.Deposit(amount); err != nil {
		src.Deposit(amount) // roll back
		return fmt.Errorf("transfer failed: %w", err)
	}
	return nil
}

func (b *Bank) Report() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance()
		fmt.Fprintf(&sb, "  %v %v\n", a, a.history)
	}
	fmt.Fprintf(&sb, "  total: %d", total)
	return sb.String()
}

func main() {
	bank := NewBank()
	bank.Open("A1", "alice", 10000)
	bank.Open("B2", "bob", 2550)
	bank.Open("C3", "carol", 0)
	if _, err := bank.Open("A1", "mallory", 1); err != nil {
		fmt.Println("error:", err)
	}
	steps := []struct {
		from, to string
		amt      int64
	}{{"A1", "B2", 2500}, {"B2", "C3", 6000}, {"C3", "A1", 1}, {"A1", "ZZ", 5}, {"B2", "C3", 5050}}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		switch {
		case err == nil:
			fmt.Println("ok", s.from, "->", s.to, s.amt)
		case errors.Is(err, ErrInsufficient):
			var ae *AccountError
			errors.As(err, &ae)
			fmt.Println("insufficient in", ae.ID, "|", err)
		default:
			fmt.Println("other error:", err)
		}
	}
	bank.accounts["C3"].frozen = true
	err := bank.Transfer("A1", "C3", 100)
	fmt.Println(err, errors.Is(err, ErrFrozen))
	fmt.Println(bank.accounts["A1"].Deposit(-5))
	fmt.Println(bank.Report())
	for _, l := range bank.log {
		fmt.Println(l)
	}
}
