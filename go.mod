module posturebreak

go 1.26
