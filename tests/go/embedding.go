package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprintf("id-%d", b.ID) }

type Mid struct {
	Base
	Level int
}

type Top struct {
	Mid
	ID string // shadows Base.ID at shallower depth
}

type Sounder interface{ Sound() string }
type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "Labrador"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)

	var s Sounder = d
	var ds Describer = d
	fmt.Println(s.Sound(), ds.Describe())
	var s2 Sounder = d.Animal
	fmt.Println(s2.Sound())

	log := &Logger{prefix: "[svc] "}
	svc := Service{log, "api"}
	svc.Log("start")
	svc.Log("ready")
	svc.Logger.Log("direct")
	fmt.Println(len(log.lines), log.lines)
	fmt.Println(svc.prefix, svc.Name)

	t := Top{Mid{Base{7}, 2}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.Level, t.Ident())
	fmt.Printf("%+v\n", t)
	t.Mid.Base.ID = 8
	fmt.Println(t.Ident())

	pd := &d
	pd.Legs = 3
	fmt.Println(pd.Describe(), d.Legs)

	dogs := []Dog{{Animal{"A", 4}, "x"}, {Animal{"B", 3}, "y"}}
	for i := range dogs {
		dogs[i].Rename(dogs[i].Name + dogs[i].Breed)
	}
	for _, dg := range dogs {
		fmt.Println(dg.Describe())
	}
}
