import os
import sys


def whois(domain):
    return os.popen("whois " + domain).read()


if __name__ == "__main__":
    print(whois(sys.argv[1]))
