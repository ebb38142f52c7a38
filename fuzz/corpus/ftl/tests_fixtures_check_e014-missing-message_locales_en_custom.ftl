intro = Welcome to { -brand }.
