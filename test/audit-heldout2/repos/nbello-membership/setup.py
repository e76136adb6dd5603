from setuptools import find_packages, setup

with open('README.md', encoding='utf-8') as fh:
    long_description = fh.read()

setup(
    name='membership',
    version='0.6.2',
    description='Member management service',
    long_description=long_description,
    long_description_content_type='text/markdown',
    packages=find_packages(where='src', exclude=('tests',)),
    package_dir={'': 'src'},
    python_requires='>=3.9',
    install_requires=[
        'flask>=2.3',
        'requests>=2.31',
    ],
    extras_require={'dev': ['pytest>=7', 'ruff']},
    entry_points={'console_scripts': ['membership=membership.cli:main']},
)
